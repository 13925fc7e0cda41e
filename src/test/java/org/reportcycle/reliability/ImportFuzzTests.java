package org.reportcycle.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.reportcycle.report.importing.Fixtures;
import org.reportcycle.report.importing.ImportException;
import org.reportcycle.report.importing.ImportPreview;
import org.reportcycle.report.importing.ReportImporter;

/**
 * Ten thousand malformed uploads to the importer, made from the real fixtures (.txt and .docx): cut
 * short, bytes flipped, noise inserted, zip entries replaced by garbage, hostile XML (external entities,
 * entity expansion, deep nesting), zip bombs, thousands of entries, random bytes, huge lines, foreign
 * formats under a .docx name. Every one ends in a preview or a clear {@link ImportException} (never the
 * catch-all "could not read" or any other exception) within a few seconds. Seeded, so a failure replays.
 */
class ImportFuzzTests {

    static final int INPUTS = Integer.getInteger("reportcycle.fuzz.inputs", 10_000);
    static final long PER_INPUT_SECONDS = 10;

    final ReportImporter importer = new ReportImporter();

    @Test
    void ten_thousand_malformed_uploads_each_end_in_a_preview_or_a_clear_refusal_in_time() throws Exception {
        List<byte[]> texts = new ArrayList<>();
        List<byte[]> docxs = new ArrayList<>();
        for (String file : Fixtures.FILES) {
            texts.add(Fixtures.bytes(file));
            docxs.add(Fixtures.docx(Fixtures.text(file)));
        }
        texts.add(Fixtures.text(Fixtures.FILES.get(0)).getBytes(Charset.forName("GBK")));
        byte[] bomb = zip(Map.of("[Content_Types].xml", new byte[10], "word/document.xml", new byte[60 * 1024 * 1024]));
        byte[] manyEntries = manyEntries(6_000);

        Random random = new Random(20261123L);
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        ExecutorService worker = Executors.newSingleThreadExecutor();
        long started = System.nanoTime();
        long slowest = 0;
        try {
            for (int round = 0; round < INPUTS && failures.size() < 10; round++) {
                int kind = random.nextInt(14);
                byte[] input = switch (kind) {
                    case 0 -> truncate(pick(random, texts, docxs), random);
                    case 1 -> flip(pick(random, texts, docxs), random);
                    case 2 -> insertNoise(pick(random, texts, docxs), random);
                    case 3 -> overwrite(pick(random, texts, docxs), random);
                    case 4, 5 -> corruptEntry(docxs.get(random.nextInt(docxs.size())), random);
                    case 6 ->
                        round % 4 == 0
                                ? hostileXml(docxs.get(random.nextInt(docxs.size())), random)
                                : corruptEntry(docxs.get(random.nextInt(docxs.size())), random);
                    case 7 -> randomBytes(random);
                    case 8 ->
                        round % 40 == 0
                                ? hugeLine(random)
                                : insertNoise(texts.get(random.nextInt(texts.size())), random);
                    case 9 -> round % 50 == 0 ? bomb : flip(docxs.get(random.nextInt(docxs.size())), random);
                    case 10 ->
                        round % 50 == 0 ? manyEntries : truncate(docxs.get(random.nextInt(docxs.size())), random);
                    case 11 -> foreign(random);
                    case 12 -> deleteRange(pick(random, texts, docxs), random);
                    default -> flip(truncate(pick(random, texts, docxs), random), random);
                };
                String name = random.nextBoolean() ? "报告.docx" : "report.txt";
                long t0 = System.nanoTime();
                Future<String> outcome = worker.submit(() -> {
                    try {
                        ImportPreview preview = importer.preview(name, input);
                        assertThat(preview.text()).isNotNull();
                        assertThat(String.join("", preview.text().parts().values()))
                                .doesNotContain("root:x:0:0");
                        return "preview";
                    } catch (ImportException e) {
                        return e.key();
                    }
                });
                String result;
                try {
                    result = outcome.get(PER_INPUT_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException hang) {
                    outcome.cancel(true);
                    failures.add(
                            "round " + round + " (kind " + kind + "): no answer within " + PER_INPUT_SECONDS + " s");
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor();
                    continue;
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add("round " + round + " (kind " + kind + "): " + e.getCause());
                    continue;
                }
                slowest = Math.max(slowest, System.nanoTime() - t0);
                if ("import.failed".equals(result)) {
                    failures.add("round " + round + " (kind " + kind + "): only the catch-all error import.failed");
                }
                outcomes.merge(result, 1, Integer::sum);
            }
        } finally {
            worker.shutdownNow();
        }
        int total = outcomes.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf(
                "IMPORT FUZZ: %d inputs in %d s, slowest %d ms; outcomes %s; failures %d%n",
                total, (System.nanoTime() - started) / 1_000_000_000, slowest / 1_000_000, outcomes, failures.size());
        assertThat(failures).isEmpty();
        assertThat(total).isEqualTo(INPUTS);
        assertThat(outcomes.get("preview")).as("some mutations still import").isPositive();
        assertThat(outcomes).containsKeys("import.brokenDocx", "import.zipBomb", "import.unsupportedType");
    }

    private static byte[] pick(Random random, List<byte[]> texts, List<byte[]> docxs) {
        List<byte[]> from = random.nextBoolean() ? texts : docxs;
        return from.get(random.nextInt(from.size()));
    }

    private static byte[] truncate(byte[] b, Random random) {
        return Arrays.copyOf(b, random.nextInt(b.length + 1));
    }

    private static byte[] flip(byte[] seed, Random random) {
        byte[] b = seed.clone();
        for (int i = 0, n = 1 + random.nextInt(16); i < n && b.length > 0; i++) {
            b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return b;
    }

    private static byte[] insertNoise(byte[] b, Random random) {
        int at = random.nextInt(b.length + 1);
        byte[] noise = new byte[1 + random.nextInt(1024)];
        random.nextBytes(noise);
        byte[] out = new byte[b.length + noise.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(noise, 0, out, at, noise.length);
        System.arraycopy(b, at, out, at + noise.length, b.length - at);
        return out;
    }

    private static byte[] overwrite(byte[] seed, Random random) {
        byte[] b = seed.clone();
        if (b.length == 0) {
            return b;
        }
        int from = random.nextInt(b.length);
        int len = Math.min(b.length - from, 1 + random.nextInt(512));
        byte[] noise = new byte[len];
        random.nextBytes(noise);
        System.arraycopy(noise, 0, b, from, len);
        return b;
    }

    private static byte[] deleteRange(byte[] b, Random random) {
        if (b.length == 0) {
            return b;
        }
        int from = random.nextInt(b.length);
        int len = Math.min(b.length - from, random.nextInt(4096));
        byte[] out = new byte[b.length - len];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(b, from + len, out, from, b.length - from - len);
        return out;
    }

    /** The same archive with one entry's content replaced: cut, noise, or mangled XML. */
    private static byte[] corruptEntry(byte[] docx, Random random) {
        Map<String, byte[]> entries = unzip(docx);
        List<String> names = new ArrayList<>(entries.keySet());
        String victim = random.nextInt(3) == 0 ? "word/document.xml" : names.get(random.nextInt(names.size()));
        byte[] content = entries.getOrDefault(victim, new byte[0]);
        entries.put(
                victim,
                switch (random.nextInt(4)) {
                    case 0 -> truncate(content, random);
                    case 1 -> flip(content, random);
                    case 2 -> randomBytes(random);
                    default ->
                        new String(content, StandardCharsets.UTF_8)
                                .replace("</w:p>", random.nextBoolean() ? "" : "<w:p>")
                                .getBytes(StandardCharsets.UTF_8);
                });
        if (random.nextInt(4) == 0) {
            entries.remove(names.get(random.nextInt(names.size())));
        }
        return zip(entries);
    }

    /** document.xml replaced by XML meant to hurt a parser: external entities, entity expansion, deep nesting. */
    private static byte[] hostileXml(byte[] docx, Random random) {
        Map<String, byte[]> entries = unzip(docx);
        String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
        String xml = switch (random.nextInt(3)) {
            case 0 ->
                "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document " + w
                        + "><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";
            case 1 ->
                "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
                        + "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]>"
                        + "<w:document " + w
                        + "><w:body><w:p><w:r><w:t>&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;</w:t></w:r></w:p></w:body></w:document>";
            default -> "<w:document " + w + "><w:body>" + "<w:p>".repeat(5_000) + "</w:body></w:document>";
        };
        entries.put("word/document.xml", xml.getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    private static byte[] randomBytes(Random random) {
        byte[] b = new byte[1 + random.nextInt(8 * 1024)];
        random.nextBytes(b);
        if (random.nextBoolean() && b.length > 4) {
            b[0] = 'P';
            b[1] = 'K';
            b[2] = 3;
            b[3] = 4;
        }
        return b;
    }

    private static byte[] hugeLine(Random random) {
        String unit = random.nextBoolean() ? "法治政府建设" : "x<script>alert(1)</script>";
        return unit.repeat(20_000 + random.nextInt(100_000)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] foreign(Random random) {
        byte[][] heads = {
            {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
            "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII),
            {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A},
            "{\\rtf1\\ansi".getBytes(StandardCharsets.US_ASCII),
            {0x1F, (byte) 0x8B, 8, 0}
        };
        byte[] head = heads[random.nextInt(heads.length)];
        byte[] body = new byte[random.nextInt(4096)];
        random.nextBytes(body);
        byte[] out = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, out, head.length, body.length);
        return out;
    }

    private static byte[] manyEntries(int count) {
        Map<String, byte[]> entries = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            entries.put("word/media/e" + i + ".xml", new byte[] {'<', 'a', '/', '>'});
        }
        entries.put("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    private static Map<String, byte[]> unzip(byte[] bytes) {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
