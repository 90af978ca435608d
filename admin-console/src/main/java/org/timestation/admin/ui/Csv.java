package org.timestation.admin.ui;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Tables exported for Excel: UTF-8 with a byte order mark (so Excel reads Chinese), Chinese column
 * headers, CRLF line ends, RFC 4180 quoting. A cell that Excel would run as a formula (it starts with
 * {@code = + - @}, a tab or a carriage return: a member named "=HYPERLINK(…)") is written with a
 * leading apostrophe, as OWASP advises, so opening the file runs nothing.
 */
public final class Csv {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {
    }

    public static byte[] write(List<String> headers, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        line(out, headers);
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells, the headers " + headers.size());
            }
            line(out, row);
        }
        return out.toByteArray();
    }

    private static void line(ByteArrayOutputStream out, List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells.get(i)));
        }
        sb.append("\r\n");
        out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-[0-9]+(\\.[0-9]+)?")) { // a negative amount stays a number
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
