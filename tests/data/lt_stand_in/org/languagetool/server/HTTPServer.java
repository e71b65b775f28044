// Test double standing in for LanguageTool's HTTP server; see tests/data/lt_stand_in/README.md.
package org.languagetool.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

public final class HTTPServer {
    private static final String FAKE_WORD = "zorblax";

    public static void main(String[] args) throws Exception {
        int port = 8081;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--port") || args[i].equals("-p")) {
                port = Integer.parseInt(args[++i]);
            }
        }
        String log = System.getenv("LT_STAND_IN_LOG");
        if (log != null) {
            String line = ProcessHandle.current().pid() + " " + String.join(" ", args) + "\n";
            Files.writeString(Paths.get(log), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        String mode = System.getenv().getOrDefault("LT_STAND_IN_MODE", "normal");
        if (mode.equals("exit")) {
            System.err.println("stand-in: exiting at once as asked");
            System.exit(3);
        }
        if (mode.equals("never_ready")) {
            Thread.sleep(600_000);
            return;
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/v2/languages", HTTPServer::languages);
        server.createContext("/v2/check", HTTPServer::check);
        server.start();
        if (mode.startsWith("crash_after_ms=")) {
            Thread.sleep(Long.parseLong(mode.substring("crash_after_ms=".length())));
            System.err.println("stand-in: crashing as asked");
            Runtime.getRuntime().halt(3);
        }
    }

    private static void languages(HttpExchange exchange) throws IOException {
        send(exchange, "[{\"name\":\"English (US)\",\"code\":\"en\",\"longCode\":\"en-US\"}]");
    }

    private static void check(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                         URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        String text = form.getOrDefault("text", "");
        StringBuilder matches = new StringBuilder();
        int at = text.indexOf(FAKE_WORD);
        while (at >= 0) {
            if (matches.length() > 0) {
                matches.append(',');
            }
            matches.append("{\"message\":\"Stand-in fake rule: zorblax is not a word.\",")
                .append("\"shortMessage\":\"\",\"replacements\":[{\"value\":\"example\"}],")
                .append("\"offset\":").append(at).append(",\"length\":").append(FAKE_WORD.length())
                .append(",\"context\":{\"text\":\"\",\"offset\":0,\"length\":0},\"sentence\":\"\",")
                .append("\"rule\":{\"id\":\"STAND_IN_FAKE_RULE\",\"description\":\"fake\",")
                .append("\"issueType\":\"grammar\",\"category\":{\"id\":\"GRAMMAR\",\"name\":\"Grammar\"}}}");
            at = text.indexOf(FAKE_WORD, at + 1);
        }
        send(exchange, "{\"software\":{\"name\":\"Stand-in\"},\"matches\":[" + matches + "]}");
    }

    private static void send(HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
