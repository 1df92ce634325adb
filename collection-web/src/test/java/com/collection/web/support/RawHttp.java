package com.collection.web.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A request as raw HTTP/1.1 to the application's real server ({@code @LocalServerPort}), for what
 * only the servlet container does (forwards, the {@code Location} of a redirect) and for headers an
 * HTTP client refuses to send (a forged {@code Host}).
 */
public final class RawHttp {

  /** The status line, the headers and the body of an answer. */
  public record Answer(String statusLine, List<String> headers, String body) {

    public int status() {
      return Integer.parseInt(statusLine.split(" ")[1]);
    }

    /** The session cookie the answer sets ({@code JSESSIONID=...}), or null. */
    public String sessionCookie() {
      String cookie = header("Set-Cookie");
      return cookie == null ? null : cookie.split(";")[0];
    }

    /** The value of the first header of that name, or null. */
    public String header(String name) {
      return headers.stream().filter(h -> h.regionMatches(true, 0, name + ":", 0, name.length() + 1))
          .map(h -> h.substring(name.length() + 1).trim()).findFirst().orElse(null);
    }
  }

  private RawHttp() {
  }

  /** Signs in through the sign-in form, as a browser would: the signed-in session's cookie. */
  public static String signIn(int port, String username, String password) throws IOException {
    Answer form = send(port, "GET", "/login", "localhost");
    java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
        .matcher(form.body());
    if (!token.find()) {
      throw new IllegalStateException("no CSRF token on the sign-in page");
    }
    Answer signedIn = send(port, "POST", "/login", "localhost", form.sessionCookie(),
        "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1)));
    String location = String.valueOf(signedIn.header("Location"));
    if (signedIn.status() != 302 || !location.endsWith("/") || location.contains("login")) {
      throw new IllegalStateException("sign-in failed: " + signedIn.statusLine() + " " + signedIn.headers());
    }
    return signedIn.sessionCookie();
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public static Answer send(int port, String method, String path, String host) throws IOException {
    return send(port, method, path, host, null, "");
  }

  /** With the session cookie (a {@code JSESSIONID=...} pair, or null) and a form-encoded body. */
  public static Answer send(int port, String method, String path, String host, String cookie, String form)
      throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      byte[] sent = form.getBytes(StandardCharsets.UTF_8);
      out.write((method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n"
          + (cookie == null ? "" : "Cookie: " + cookie + "\r\n")
          + (sent.length == 0 ? "" : "Content-Type: application/x-www-form-urlencoded\r\n")
          + "Content-Length: " + sent.length + "\r\nAccept-Language: zh-CN\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.write(sent);
      out.flush();
      // ISO-8859-1 keeps one char per byte, so the chunks can be cut out before decoding the body
      String answer = new String(readAll(socket.getInputStream()), StandardCharsets.ISO_8859_1);
      int end = answer.indexOf("\r\n\r\n");
      String head = end < 0 ? answer : answer.substring(0, end);
      List<String> lines = new ArrayList<>(List.of(head.split("\r\n")));
      String statusLine = lines.remove(0);
      String body = end < 0 ? "" : answer.substring(end + 4);
      if (lines.stream().anyMatch(h -> h.equalsIgnoreCase("Transfer-Encoding: chunked"))) {
        body = unchunked(body);
      }
      return new Answer(statusLine, lines,
          new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }
  }

  private static String unchunked(String chunked) {
    StringBuilder body = new StringBuilder();
    int at = 0;
    while (true) {
      int lineEnd = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
      if (size == 0) {
        return body.toString();
      }
      body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
      at = lineEnd + 2 + size + 2;
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    in.transferTo(bytes);
    return bytes.toByteArray();
  }
}
