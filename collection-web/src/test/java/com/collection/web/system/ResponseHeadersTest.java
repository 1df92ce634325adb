package com.collection.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.collection.web.support.WebAppTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What every answer says about itself: a Content-Security-Policy that allows no inline script, a
 * referrer and a permissions policy; pages are never cached, static files are (under URLs that
 * change with their content).
 */
@WebAppTest
class ResponseHeadersTest {

  private static final long YEAR = 365L * 24 * 3600;

  @Autowired
  MockMvc mvc;

  @Test
  void everyPageCarriesAPolicyWithoutInlineScript() throws Exception {
    for (MockHttpServletResponse page : List.of(
        mvc.perform(get("/login")).andReturn().getResponse(),
        mvc.perform(get("/").with(user("clerk").roles("STAFF"))).andReturn().getResponse(),
        mvc.perform(get("/no/such/page").with(user("clerk").roles("STAFF"))).andReturn().getResponse())) {
      String policy = page.getHeader("Content-Security-Policy");
      assertThat(policy).as("Content-Security-Policy")
          .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
              "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'")
          .doesNotContain("unsafe-inline", "unsafe-eval", "*");
      assertThat(page.getHeader("Referrer-Policy")).isEqualTo("same-origin");
      assertThat(page.getHeader("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
      assertThat(page.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(page.getHeader("Cache-Control")).as("a page is never cached").contains("no-store");
    }
  }

  @Test
  void staticFilesAreCachedUnderURLsThatChangeWithTheirContent() throws Exception {
    String page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    List<String> files = new ArrayList<>();
    Matcher versioned = Pattern.compile("\"(/(css|js)/[a-z]+-[0-9a-f]{32}\\.(css|js))\"").matcher(page);
    while (versioned.find()) {
      files.add(versioned.group(1));
    }
    assertThat(files).as("the layout's own files, by content-versioned URL")
        .anyMatch(f -> f.startsWith("/css/app-")).anyMatch(f -> f.startsWith("/js/app-"));
    Matcher webjar = Pattern.compile("\"(/webjars/[^\"]+\\.css)\"").matcher(page);
    assertThat(webjar.find()).isTrue();
    files.add(webjar.group(1));
    files.add("/css/app.css");
    for (String file : files) {
      MockHttpServletResponse response = mvc.perform(get(file)).andExpect(status().isOk()).andReturn().getResponse();
      assertThat(response.getHeader("Cache-Control")).as("Cache-Control of %s", file)
          .contains("max-age=" + YEAR).contains("public").doesNotContain("no-store").doesNotContain("no-cache");
    }
  }

  @Test
  void noTemplateHasInlineScriptOrStyle() throws Exception {
    // the policy would block them: a check of the files, so that the browser never has to find out
    List<String> problems = new ArrayList<>();
    Pattern inline = Pattern.compile("<script(?![^>]*\\bth:src=)[^>]*>|\\son[a-z]+\\s*=|\\sth:on[a-z]+\\s*=|\\sstyle\\s*=|"
        + "\\sth:style\\s*=|<style[\\s>]|javascript:", Pattern.CASE_INSENSITIVE);
    try (var templates = java.nio.file.Files.walk(java.nio.file.Path.of("src", "main", "resources", "templates"))) {
      for (var file : templates.filter(f -> f.toString().endsWith(".html")).toList()) {
        Matcher m = inline.matcher(java.nio.file.Files.readString(file));
        while (m.find()) {
          problems.add(file + ": " + m.group().trim());
        }
      }
    }
    assertThat(problems).as("inline script, event handlers or styles in templates").isEmpty();
  }
}
