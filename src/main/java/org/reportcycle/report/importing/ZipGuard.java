package org.reportcycle.report.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Walks a zip once before POI sees it: rejects bombs (by total inflated size, per-entry ratio and entry
 * count) and damaged archives, and tells whether it is a Word document at all. Doing this ourselves keeps
 * the guard independent of POI's JVM-wide settings, which other code may change.
 */
final class ZipGuard {

    static final long MAX_TOTAL_INFLATED = 200L * 1024 * 1024;
    static final long MAX_ENTRY_INFLATED = 100L * 1024 * 1024;
    static final int MAX_ENTRIES = 5_000;
    private static final long RATIO_CHECK_FROM = 1024L * 1024;
    private static final int MAX_RATIO = 100;

    private ZipGuard() {}

    /** Returns true when the archive holds a Word main document part. */
    static boolean inspect(byte[] bytes) {
        boolean word = false;
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw ImportException.zipBomb();
                }
                String name = entry.getName();
                word |= name.startsWith("word/") && name.endsWith(".xml") && name.contains("document");
                total += drain(zip, buffer, total, entry.getCompressedSize());
                long compressed = entry.getCompressedSize();
                if (compressed > 0 && entry.getSize() > RATIO_CHECK_FROM && entry.getSize() / compressed > MAX_RATIO) {
                    throw ImportException.zipBomb();
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportException ie) {
                throw ie;
            }
            throw ImportException.brokenDocx(e);
        }
        if (entries == 0) {
            throw ImportException.brokenDocx(null);
        }
        return word;
    }

    // Checks while inflating, so a bomb is stopped after a few megabytes rather than at the caps.
    private static long drain(InputStream in, byte[] buffer, long totalSoFar, long compressed) throws IOException {
        long size = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            size += n;
            if (size > MAX_ENTRY_INFLATED || totalSoFar + size > MAX_TOTAL_INFLATED) {
                throw ImportException.zipBomb();
            }
            if (compressed > 0 && size > RATIO_CHECK_FROM && size / compressed > MAX_RATIO) {
                throw ImportException.zipBomb();
            }
        }
        return size;
    }
}
