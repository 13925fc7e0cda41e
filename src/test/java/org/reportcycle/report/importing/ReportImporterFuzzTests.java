package org.reportcycle.report.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutated fixtures, as .docx and .txt: every one must end in a preview or an {@link ImportException},
 * quickly. Seeded, so a failure can be replayed.
 */
class ReportImporterFuzzTests {

    private static final int ROUNDS = 2_000;
    private static final long PER_INPUT_MILLIS = 2_000;

    private final ReportImporter importer = new ReportImporter();

    @Test
    void two_thousand_mutated_uploads_each_end_in_a_preview_or_an_import_exception_in_time() {
        List<byte[]> seeds = new ArrayList<>();
        for (String file : Fixtures.FILES) {
            seeds.add(Fixtures.bytes(file));
            seeds.add(Fixtures.docx(Fixtures.text(file)));
        }
        Random random = new Random(20250301L);
        int[] outcomes = new int[2];

        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            for (int round = 0; round < ROUNDS; round++) {
                byte[] seed = seeds.get(random.nextInt(seeds.size()));
                byte[] input = mutate(seed, random);
                String name = random.nextBoolean() ? "upload.docx" : "upload.txt";
                long start = System.nanoTime();
                try {
                    ImportPreview preview = importer.preview(name, input);
                    assertThat(preview.headings()).isNotNull();
                    outcomes[0]++;
                } catch (ImportException expected) {
                    assertThat(expected.key())
                            .as("round %d: internal failure %s", round, expected.getCause())
                            .isNotEqualTo("import.failed")
                            .startsWith("import.");
                    outcomes[1]++;
                }
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertThat(millis).as("round %d took too long", round).isLessThan(PER_INPUT_MILLIS);
            }
        });
        assertThat(outcomes[0] + outcomes[1]).isEqualTo(ROUNDS);
        assertThat(outcomes[0]).as("some mutations still import").isPositive();
        assertThat(outcomes[1]).as("some mutations are rejected").isPositive();
    }

    @Test
    void near_limit_texts_of_one_huge_line_or_countless_short_ones_import_in_seconds() {
        List<String> texts = List.of(
                "法治".repeat(1_600_000),
                "存在的问题\n".repeat(600_000),
                Fixtures.text("001_f39577f806f3e96e.txt").repeat(600));

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String text : texts) {
                byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                assertThat(bytes.length).isLessThan((int) ReportImporter.DEFAULT_MAX_BYTES);
                ImportPreview preview = importer.preview("big.txt", bytes);
                assertThat(preview.text().parts()).isNotEmpty();
            }
        });
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] b = seed.clone();
        switch (random.nextInt(5)) {
            case 0 -> b = Arrays.copyOf(b, random.nextInt(b.length + 1));
            case 1 -> {
                for (int i = 0, n = 1 + random.nextInt(8); i < n && b.length > 0; i++) {
                    b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 2 -> {
                int at = random.nextInt(b.length + 1);
                byte[] noise = new byte[1 + random.nextInt(512)];
                random.nextBytes(noise);
                byte[] out = new byte[b.length + noise.length];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(noise, 0, out, at, noise.length);
                System.arraycopy(b, at, out, at + noise.length, b.length - at);
                b = out;
            }
            case 3 -> {
                int from = random.nextInt(b.length);
                int len = Math.min(b.length - from, 1 + random.nextInt(256));
                byte[] noise = new byte[len];
                random.nextBytes(noise);
                System.arraycopy(noise, 0, b, from, len);
            }
            default -> {
                int from = random.nextInt(b.length);
                int len = Math.min(b.length - from, random.nextInt(2048));
                byte[] out = new byte[b.length - len];
                System.arraycopy(b, 0, out, 0, from);
                System.arraycopy(b, from + len, out, from, b.length - from - len);
                b = out;
            }
        }
        return b;
    }
}
