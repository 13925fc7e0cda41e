package org.reportcycle.api;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One page of a list that can grow, answered like the public list: a JSON array, the total in {@code
 * X-Total-Count} and the neighbouring pages in {@code Link} (rel=next / rel=prev). Pages count from 0; the size is
 * bounded.
 */
final class Paging {

    static final int MAX_SIZE = 500;

    private Paging() {}

    static int page(int page) {
        return Math.max(0, page);
    }

    static int size(int size) {
        return Math.max(1, Math.min(MAX_SIZE, size));
    }

    static <T> ResponseEntity<List<T>> answer(List<T> items, long total, int page, int size) {
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().header("X-Total-Count", String.valueOf(total));
        StringBuilder link = new StringBuilder();
        if ((long) (page + 1) * size < total) {
            link.append('<').append(url(page + 1, size)).append(">; rel=\"next\"");
        }
        if (page > 0) {
            link.append(link.isEmpty() ? "" : ", ")
                    .append('<')
                    .append(url(page - 1, size))
                    .append(">; rel=\"prev\"");
        }
        if (!link.isEmpty()) {
            ok.header("Link", link.toString());
        }
        return ok.body(items);
    }

    private static String url(int page, int size) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", page)
                .replaceQueryParam("size", size)
                .build()
                .toUriString();
    }
}
