package org.reportcycle.report.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReportImporterBrokenInputTests {

    private final ReportImporter importer = new ReportImporter();

    private void assertRejected(String name, byte[] content, String key) {
        assertThatThrownBy(() -> importer.preview(name, content))
                .isExactlyInstanceOf(ImportException.class)
                .satisfies(e -> {
                    ImportException ie = (ImportException) e;
                    assertThat(ie.key()).isEqualTo(key);
                    assertThat(ie.messageZh()).isNotBlank();
                    assertThat(ie.messageEn()).isNotBlank();
                });
    }

    @Test
    void an_empty_file_is_rejected_as_empty() {
        assertRejected("empty.txt", new byte[0], "import.empty");
        assertRejected("null.txt", null, "import.empty");
    }

    @Test
    void a_file_of_blanks_bom_and_page_markers_is_empty_too() {
        byte[] blank = "\uFEFF  \r\n\u3000\n第 1 页 共 1 页\n- 2 -\n".getBytes(StandardCharsets.UTF_8);

        assertRejected("blank.txt", blank, "import.empty");
    }

    @Test
    void a_twenty_megabyte_file_is_too_large() {
        byte[] huge = new byte[20 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');

        assertRejected("huge.txt", huge, "import.tooLarge");
    }

    @Test
    void the_size_limit_is_configurable() {
        ReportImporter small = new ReportImporter(1024);

        assertThatThrownBy(() -> small.preview("000.txt", Fixtures.bytes("000_aaa4a6a9c2eb3240.txt")))
                .isInstanceOf(ImportException.class)
                .extracting(e -> ((ImportException) e).key())
                .isEqualTo("import.tooLarge");
    }

    @Test
    void a_truncated_docx_is_broken() {
        byte[] docx = Fixtures.docx(Fixtures.text("001_f39577f806f3e96e.txt"));

        assertRejected("cut.docx", Arrays.copyOf(docx, docx.length / 2), "import.brokenDocx");
        assertRejected("cut.docx", Arrays.copyOf(docx, 40), "import.brokenDocx");
    }

    @Test
    void a_random_binary_renamed_to_txt_is_not_text() {
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        random[0] = 0x01;

        assertRejected("photo.txt", random, "import.notText");
    }

    @Test
    void an_executable_with_nul_bytes_renamed_to_txt_is_not_text() {
        byte[] binary = "\u007FELF\u0002\u0001\u0001\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000 program"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertRejected("program.txt", binary, "import.notText");
    }

    @Test
    void pdf_old_doc_and_zips_without_a_word_document_are_unsupported() {
        assertRejected(
                "report.pdf",
                "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1),
                "import.unsupportedType");
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertRejected("report.doc", ole2, "import.unsupportedType");
        assertRejected("report.zip", TestDocs.plainZip(), "import.unsupportedType");
    }

    @Test
    void a_zip_named_docx_without_a_word_document_is_a_broken_word_file() {
        // What a truncated download looks like: the user meant a Word file, so the message says it is damaged.
        assertRejected("report.docx", TestDocs.plainZip(), "import.brokenDocx");
    }

    @Test
    void a_zip_bomb_is_refused_quickly() {
        byte[] bomb = TestDocs.zipBomb(300);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertRejected("bomb.docx", bomb, "import.zipBomb"));
    }

    @Test
    void exceptions_carry_key_and_both_languages_in_the_message() {
        ImportException e = ImportException.tooLarge(ReportImporter.DEFAULT_MAX_BYTES);

        assertThat(e.getMessage()).startsWith("import.tooLarge");
        assertThat(e.messageZh()).contains("10 MB");
        assertThat(e.messageEn()).contains("10 MB");
    }
}
