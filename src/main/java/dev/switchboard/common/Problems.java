package dev.switchboard.common;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Writes an RFC 9457 problem from a servlet filter, where no controller advice reaches. */
public final class Problems {

    private Problems() {
    }

    /** The title and detail are our own fixed texts, never caller input. */
    public static void write(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\"" + title
                + "\",\"detail\":\"" + detail + "\"}");
    }
}
