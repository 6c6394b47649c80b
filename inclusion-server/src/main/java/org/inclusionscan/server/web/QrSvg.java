package org.inclusionscan.server.web;

import io.nayuki.qrcodegen.QrCode;

/**
 * A link as a QR code in SVG, made here on the server (Nayuki's qrcodegen encodes; no script, no
 * external service). The SVG is one path of dark modules on a white square with the standard quiet
 * zone of four modules, so a phone's camera and Debian's {@code zbarimg} read it on screen and on paper.
 */
final class QrSvg {

    private static final int QUIET_ZONE = 4;

    private QrSvg() {
    }

    /**
     * The SVG element for the text (a link), with its accessible name.
     *
     * @param label what the image is, for a screen reader (escaped here)
     * @param id    the element's id (letters, digits and dashes), or null
     */
    static String svg(String text, String label, String id) {
        // Medium error correction: still read when a poster is folded or a slip is smudged, small enough for a slip.
        QrCode code = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = code.size + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\"");
        if (id != null) {
            if (!id.matches("[A-Za-z0-9-]+")) {
                throw new IllegalArgumentException("The QR code's id (" + id + ") must be letters, digits and dashes.");
            }
            svg.append(" id=\"").append(id).append('"');
        }
        return svg.append(" viewBox=\"0 0 ").append(size).append(' ').append(size)
                .append("\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"").append(escape(label)).append("\">")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>")
                .append("<path d=\"").append(path).append("\" fill=\"#000\"/></svg>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
