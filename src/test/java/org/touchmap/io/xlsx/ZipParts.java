package org.touchmap.io.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Rewrites parts of a workbook's zip, to make the hostile files no spreadsheet program would write. */
final class ZipParts {
    static final String FIRST_SHEET = "xl/worksheets/sheet1.xml";

    private ZipParts() {
    }

    /** A copy of {@code workbook} with the named parts replaced. */
    static Path replace(Path workbook, Path copy, Map<String, byte[]> parts) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(workbook));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            out.setLevel(9);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] replacement = parts.get(entry.getName());
                if (replacement != null) {
                    out.write(replacement);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return copy;
    }

    /** A zip holding one entry, e.g. a zip of a text file renamed to .xlsx. */
    static Path single(Path file, String name, byte[] content) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file); ZipOutputStream out = new ZipOutputStream(stream)) {
            out.putNextEntry(new ZipEntry(name));
            out.write(content);
            out.closeEntry();
        }
        return file;
    }

    static String read(Path workbook, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(workbook))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new IOException("No part " + name);
    }
}
