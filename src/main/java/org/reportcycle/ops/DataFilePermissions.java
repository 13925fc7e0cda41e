package org.reportcycle.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The embedded database's files are the application's alone: when the data source is an H2 file, its
 * directory is made {@code rwx------} and every file in it {@code rw-------} once the application is up
 * (files H2 creates later sit in the closed directory). Does nothing for MySQL or in-memory databases, nor
 * on file systems without POSIX permissions.
 */
@Component
public class DataFilePermissions {

    private static final Logger log = LoggerFactory.getLogger(DataFilePermissions.class);

    private final String url;

    DataFilePermissions(@Value("${spring.datasource.url:}") String url) {
        this.url = url;
    }

    @EventListener(ApplicationReadyEvent.class)
    void restrict() {
        directory(url).ifPresent(DataFilePermissions::restrict);
    }

    /** The directory of an H2 file database URL ({@code jdbc:h2:file:./data/reportcycle;…} → {@code ./data}). */
    static Optional<Path> directory(String url) {
        if (url == null || !url.startsWith("jdbc:h2:file:")) {
            return Optional.empty();
        }
        String file = url.substring("jdbc:h2:file:".length()).split(";", 2)[0];
        if (file.startsWith("~")) {
            file = System.getProperty("user.home") + file.substring(1);
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        return Optional.ofNullable(parent);
    }

    /** Makes the directory rwx------ and every file in it rw-------. */
    public static void restrict(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                return;
            }
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    if (Files.isRegularFile(f)) {
                        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
                    }
                }
            }
        } catch (UnsupportedOperationException | IOException e) {
            log.warn("Could not restrict the permissions of the database directory: {}", e.toString());
        }
    }
}
