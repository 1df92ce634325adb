package com.collection.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's first run: the packaged jar, no profile, no test properties, in an empty working
 * directory (so H2 and demo data are created from nothing), and a page fetched from it.
 */
class PackagedJarSmokeIT {

  private static final Pattern READY = Pattern.compile("ready at (http://localhost:\\d+/)");

  @TempDir
  Path workDir;

  @Test
  void thePackagedJarStartsOnH2AndServesTheSignInPage() throws Exception {
    Path jar = Path.of(System.getProperty("collection.jar", "target/collection.jar")).toAbsolutePath();
    assertThat(jar).exists();
    Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar.toString(), "--server.port=0")
        .directory(workDir.toFile())
        .redirectErrorStream(true)
        .start();
    StringBuilder output = new StringBuilder();
    try {
      CompletableFuture<String> url = CompletableFuture.supplyAsync(() -> readUntilReady(app, output));
      String base = url.get(120, TimeUnit.SECONDS);
      assertThat(base).as("the app prints its URL when ready:\n%s", output).isNotNull();

      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "login")).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(login.statusCode()).isEqualTo(200);
      assertThat(login.body()).contains("员工登录");

      HttpResponse<String> health = http.send(
          HttpRequest.newBuilder(URI.create(base + "actuator/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(health.body()).contains("\"status\":\"UP\"");
      assertThat(Files.exists(workDir.resolve("data"))).as("H2 database under ./data").isTrue();
    } finally {
      app.destroy();
      if (!app.waitFor(20, TimeUnit.SECONDS)) {
        app.destroyForcibly();
      }
    }
  }

  /** Reads the app's output until it prints its URL, then keeps draining it in the background. */
  private static String readUntilReady(Process app, StringBuilder output) {
    BufferedReader lines = new BufferedReader(
        new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
    try {
      String line;
      while ((line = lines.readLine()) != null) {
        synchronized (output) {
          output.append(line).append('\n');
        }
        Matcher ready = READY.matcher(line);
        if (ready.find()) {
          Thread drain = new Thread(() -> lines.lines().forEach(l -> { }), "drain-app-output");
          drain.setDaemon(true);
          drain.start();
          return ready.group(1);
        }
      }
      return null;
    } catch (Exception e) {
      return null;
    }
  }
}
