package com.collection.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.util.UrlUtils;

/**
 * Spring Security's redirects, always within this application and without a scheme or host: an
 * absolute URL (a saved request is one, built from the request's {@code Host} header, which anyone
 * can forge) keeps only its path and query. With {@code server.tomcat.use-relative-redirects} the
 * container sends them as they are, so no redirect ever names a host taken from the request.
 */
final class SameOriginRedirects implements RedirectStrategy {

  @Override
  public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
    response.sendRedirect(response.encodeRedirectURL(target(request, url)));
  }

  static String target(HttpServletRequest request, String url) {
    if (UrlUtils.isAbsoluteUrl(url)) {
      try {
        URI uri = URI.create(url);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
      } catch (IllegalArgumentException unparsable) {
        return request.getContextPath() + "/";
      }
    }
    // a path that starts with // would name a host
    String path = url.startsWith("/") ? request.getContextPath() + url : url;
    return path.startsWith("//") ? "/" + path.replaceFirst("^/+", "") : path;
  }
}
