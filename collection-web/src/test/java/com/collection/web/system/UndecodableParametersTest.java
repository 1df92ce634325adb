package com.collection.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.collection.core.staff.ChangeOwnPassword;
import com.collection.web.support.EstateFixture;
import com.collection.web.support.WebAppTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.result.PrintingResultHandler;

/**
 * A query string or form body that is not UTF-8 is a bad request (400), signed in or not, and is
 * not worth more than a debug line in the log. Tomcat raises it when the parameters are first read;
 * MockMvc decodes the query itself (to U+FFFD), so the real server on the test's random port is
 * asked too.
 */
@WebAppTest
@ExtendWith(OutputCaptureExtension.class)
class UndecodableParametersTest {

  private static final List<String> UNDECODABLE = List.of("/login?x=%FF", "/units?ownerName=%C0%AF",
      "/payments?q=%FF", "/units/1/statement?from=%FF", "/units/1/statement?to=2026-01-0%E0",
      "/receipt-book?state=%FF", "/cashup?day=%C3", "/?%FF=1", "/login?lang=%FF");

  @LocalServerPort
  int port;
  @Autowired
  MockMvc mvc;
  @Autowired
  ApplicationContext context;

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI at(String pathAndQuery) {
    return URI.create("http://localhost:" + port + pathAndQuery);
  }

  @Test
  void signedOutEveryUndecodableQueryIsA400WithoutAnErrorInTheLog(CapturedOutput output) throws Exception {
    for (String path : UNDECODABLE) {
      HttpResponse<String> response = send(HttpRequest.newBuilder(at(path)));
      assertThat(response.statusCode()).as(path).isEqualTo(400);
      assertThat(response.body()).as(path).contains("请求无效");
    }
    assertNothingLoggedAsAnError(output);
  }

  @Test
  void signedInTooAndInAFormBody(CapturedOutput output) throws Exception {
    EstateFixture estate = new EstateFixture(context);
    String password = "undecodable-1";
    context.getBean(ChangeOwnPassword.class).change(estate.staffA.id(), EstateFixture.PASSWORD, password, password);
    String session = signIn(estate.staffA.username(), password);
    for (String path : UNDECODABLE) {
      HttpResponse<String> response = send(HttpRequest.newBuilder(at(path)).header("Cookie", session));
      assertThat(response.statusCode()).as(path).isEqualTo(400);
    }
    HttpResponse<String> posted = send(HttpRequest.newBuilder(at("/units/" + estate.unitA.id() + "/payments"))
        .header("Cookie", session).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("amount=1.00&payer=%FF&method=CASH")));
    assertThat(posted.statusCode()).isEqualTo(400);
    // the same pages with good parameters still work for this session
    assertThat(send(HttpRequest.newBuilder(at("/payments?q=%E7%8E%8B")).header("Cookie", session)).statusCode())
        .isEqualTo(200);
    assertNothingLoggedAsAnError(output);
  }

  private static void assertNothingLoggedAsAnError(CapturedOutput output) {
    assertThat(output.getAll()).doesNotContain("InvalidParameterException").doesNotContain("Unexpected error")
        .doesNotContain("Servlet.service()");
  }

  /**
   * MockMvc never fails to decode: a request that fails as Tomcat's does stands in for it (MockMvc
   * renders no error page for {@code sendError}, so only the status is seen here).
   */
  @Test
  void underMockMvcARequestWhoseParametersCannotBeReadIsA400() throws Exception {
    mvc.perform(get("/login").with(undecodable())).andExpect(status().isBadRequest());
    mvc.perform(get("/payments").with(undecodable())).andExpect(status().isBadRequest());
    mvc.perform(post("/units/1/payments").with(undecodable())).andExpect(status().isBadRequest());
  }

  private static RequestPostProcessor undecodable() {
    return request -> {
      MockHttpServletRequest broken = new MockHttpServletRequest(request.getServletContext(), request.getMethod(),
          request.getRequestURI()) {
        private InvalidParameterException failure() {
          return new InvalidParameterException("Character decoding failed", 400);
        }

        @Override
        public String getParameter(String name) {
          throw failure();
        }

        /** Every read fails, as in Tomcat, except MockMvc's own printing of the request afterwards. */
        @Override
        public Map<String, String[]> getParameterMap() {
          if (StackWalker.getInstance().walk(frames -> frames.anyMatch(
              frame -> frame.getClassName().equals(PrintingResultHandler.class.getName())))) {
            return Map.of();
          }
          throw failure();
        }

        @Override
        public Enumeration<String> getParameterNames() {
          throw failure();
        }

        @Override
        public String[] getParameterValues(String name) {
          throw failure();
        }
      };
      broken.setQueryString("x=%FF");
      return broken;
    };
  }

  /** Signs in through the real sign-in form; the session's cookie header. */
  private String signIn(String username, String password) throws Exception {
    HttpResponse<String> page = send(HttpRequest.newBuilder(at("/login")));
    String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
    assertThat(token.find()).as("the sign-in form has a CSRF token").isTrue();
    HttpResponse<String> signedIn = send(HttpRequest.newBuilder(at("/login")).header("Cookie", cookie)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password
            + "&_csrf=" + token.group(1))));
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    return signedIn.headers().firstValue("Set-Cookie").map(c -> c.split(";")[0]).orElse(cookie);
  }
}
