package com.collection.web.system;

import com.collection.web.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the layout needs on every page, as a bean the templates call ({@code @layout}), so that
 * error pages rendered outside a controller get it too.
 */
@Component("layout")
public class Layout {

  private static final int MAX_LINK_LENGTH = 2_000;

  private final java.time.Clock clock;

  Layout(java.time.Clock clock) {
    this.clock = clock;
  }

  /** The business time zone, for formatting instants. */
  public java.time.ZoneId zone() {
    return clock.getZone();
  }

  /**
   * This same page in another language ({@code zh-CN} or {@code en}). A page that answers a form
   * (a POST) can't be opened again by a link, so its switch leads back to the page the form was on.
   */
  public String languageLink(String language) {
    if (overLong()) {
      // a refused request of a huge path or query (a forged id of 100,000 digits) is not echoed
      return "?lang=" + language;
    }
    try {
      var request = currentPage();
      var attributes = org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes();
      if (attributes instanceof org.springframework.web.context.request.ServletRequestAttributes servlet
          && !"GET".equals(servlet.getRequest().getMethod())) {
        String referer = servlet.getRequest().getHeader("Referer");
        String path = referer == null ? "/" : java.net.URI.create(referer).getRawPath();
        String query = referer == null ? null : java.net.URI.create(referer).getRawQuery();
        return org.springframework.web.util.UriComponentsBuilder.fromPath(path == null || path.isEmpty() ? "/" : path)
            .query(query).replaceQueryParam("lang", language).build().toUriString();
      }
      return request.replaceQueryParam("lang", language).build().toUriString();
    } catch (IllegalStateException | IllegalArgumentException noUsableRequest) {
      return "?lang=" + language;
    }
  }

  /** Longer than any link of this application: the page is an answer to a forged request. */
  private static boolean overLong() {
    if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
        instanceof org.springframework.web.context.request.ServletRequestAttributes servlet) {
      var request = servlet.getRequest();
      String query = request.getQueryString();
      return request.getRequestURI().length() + (query == null ? 0 : query.length()) > MAX_LINK_LENGTH;
    }
    return false;
  }

  /** This same page (with its filters) at another page number of its list. */
  public String pageLink(int page) {
    return pageLink("page", page);
  }

  /** This same page at another page number of one of its lists, paged by {@code parameter}. */
  public String pageLink(String parameter, int page) {
    return currentPage()
        .replaceQueryParam(parameter, page)
        .build().toUriString();
  }

  /**
   * This page's path and query, without scheme and host: the host would come from the request's
   * {@code Host} header, which anyone can forge (and a cache would keep the forged links).
   */
  private static org.springframework.web.util.UriComponentsBuilder currentPage() {
    return ServletUriComponentsBuilder.fromCurrentRequest().scheme(null).userInfo(null).host(null).port(-1);
  }

  /** The signed-in staff member, if any. */
  public CurrentUser user() {
    return CurrentUser.signedIn().orElse(null);
  }

  public boolean signedIn() {
    return CurrentUser.signedIn().isPresent();
  }
}
