package app.attune.base;

import java.io.ByteArrayOutputStream;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/** A plain Letter-size PDF of paragraphs, for the reports a records request needs; the same look everywhere. */
public final class PdfReport {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8, Font.ITALIC);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.LETTER, 54, 54, 54, 54);

    public PdfReport() {
        PdfWriter.getInstance(document, out);
        document.open();
    }

    public PdfReport title(String text) {
        return add(text, TITLE);
    }

    public PdfReport heading(String text) {
        return add(text, HEADING);
    }

    public PdfReport label(String text) {
        return add(text, LABEL);
    }

    public PdfReport text(String text) {
        return add(text, BODY);
    }

    /** Small print: provenance, fingerprints, confidentiality. */
    public PdfReport small(String text) {
        return add(text, SMALL);
    }

    /** Closes the document and returns its bytes. */
    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    private PdfReport add(String text, Font font) {
        document.add(new Paragraph(text, font));
        return this;
    }
}
