package org.touchmap.render.workbook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.model.SharedStringsTable;

/**
 * The workbook's shared strings table, written to a temporary file as the strings come in, and
 * from there into the finished file by {@link StreamingWorkbook}. POI's own table keeps every
 * distinct text in memory twice until the end, as an XML object and as that object printed to XML
 * (its lookup key), which made memory grow with the map and cost most of the export's time. Only
 * the most recently used texts are remembered to be shared (ADR 0015): a text that comes back
 * after many others gets a second entry, as Excel itself writes at times.
 */
final class DiskSharedStrings extends SharedStringsTable {
    /**
     * How many recent texts are looked up before a new entry is written: enough for headers,
     * stage, lane and channel names and the words of enumerated values, which repeat on every row.
     */
    static final int RECENT_TEXTS = 4096;
    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"%d\" uniqueCount=\"%d\">";
    private static final String FOOTER = "</sst>";

    private final RecentTexts recent = new RecentTexts(RECENT_TEXTS);
    private final Path entriesFile;
    private final Writer entries;
    private int entryCount;
    private int referenceCount;
    private boolean closed;

    DiskSharedStrings() throws IOException {
        entriesFile = TempFile.createTempFile("touchmap-shared-strings", ".xml").toPath();
        try {
            // Buffered as characters: the entries come as many short texts, each encoded per call otherwise.
            entries = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(entriesFile),
                    StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(entriesFile);
            throw e;
        }
    }

    /** The index of the text in the table, adding it unless it was used recently. */
    int indexOf(String text) throws IOException {
        referenceCount++;
        Integer index = recent.get(text);
        if (index != null) {
            return index;
        }
        writeEntry(text);
        recent.put(text, entryCount);
        return entryCount++;
    }

    /** Where the entries wait until the workbook is written; deleted on {@link #close()}. */
    Path entriesFile() {
        return entriesFile;
    }

    @Override
    public int addSharedStringItem(RichTextString string) {
        try {
            return indexOf(string.getString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int getCount() {
        return referenceCount;
    }

    @Override
    public int getUniqueCount() {
        return entryCount;
    }

    /** The texts are on disk only; nothing in the export reads them back before the workbook is written. */
    @Override
    public RichTextString getItemAt(int index) {
        throw new UnsupportedOperationException("The export's shared strings are written, not read");
    }

    @Override
    public List<RichTextString> getSharedStringItems() {
        throw new UnsupportedOperationException("The export's shared strings are written, not read");
    }

    /**
     * What POI writes into the package it keeps in memory: the table without its entries. The
     * whole table goes into the finished file through {@link #writeTable}.
     */
    @Override
    public void writeTo(OutputStream out) throws IOException {
        out.write((header() + FOOTER).getBytes(StandardCharsets.US_ASCII));
    }

    /** The whole table, its entries copied from the temporary file. */
    void writeTable(OutputStream out) throws IOException {
        entries.flush();
        out.write(header().getBytes(StandardCharsets.US_ASCII));
        Files.copy(entriesFile, out);
        out.write(FOOTER.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            entries.close();
        } finally {
            Files.deleteIfExists(entriesFile);
        }
    }

    /** The counts in ASCII digits whatever the default locale, as XML wants them. */
    private String header() {
        return String.format(Locale.ROOT, HEADER, referenceCount, entryCount);
    }

    private void writeEntry(String text) throws IOException {
        entries.write(XmlText.hasOuterWhitespace(text) ? "<si><t xml:space=\"preserve\">" : "<si><t>");
        XmlText.writeEscaped(text, entries);
        entries.write("</t></si>");
    }

    /** Texts by their index, forgetting the least recently used beyond a fixed number. */
    private static final class RecentTexts extends LinkedHashMap<String, Integer> {
        private final int capacity;

        RecentTexts(int capacity) {
            super(capacity * 2, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > capacity;
        }
    }
}
