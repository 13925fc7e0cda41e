package org.reportcycle.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.reportcycle.shared.ExportedFile;
import org.reportcycle.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * A link that downloads a file made when it is clicked, by a service that checks the caller then (in the
 * download request, with the signed-in user's security context).
 */
public final class DownloadLink {

    private static final Logger log = LoggerFactory.getLogger(DownloadLink.class);

    private DownloadLink() {}

    public static Anchor of(String id, String label, Supplier<ExportedFile> file) {
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    try {
                        ExportedFile f = file.get();
                        return new DownloadResponse(
                                new ByteArrayInputStream(f.content()),
                                f.fileName(),
                                f.contentType(),
                                f.content().length);
                    } catch (AccessDeniedException e) {
                        return DownloadResponse.error(403);
                    } catch (NotFoundException e) {
                        return DownloadResponse.error(404);
                    } catch (RuntimeException e) {
                        log.error("Download {} failed", id, e);
                        return DownloadResponse.error(500);
                    }
                }),
                "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create());
        link.add(" " + label);
        link.setId(id);
        link.getElement().setAttribute("download", true);
        // downloads come after the decisions in a bar of actions, whatever order the beans have
        link.getStyle().set("align-self", "center").set("order", "10");
        return link;
    }
}
