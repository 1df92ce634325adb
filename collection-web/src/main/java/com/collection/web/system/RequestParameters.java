package com.collection.web.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Two kinds of request are bad requests (400, logged at debug) before anything reads them:
 * <ul>
 *   <li>one whose parameters can't be read: a query string or form body that is not UTF-8, such as
 *       {@code ?q=%FF}. Tomcat raises it from the first {@code getParameter} call, which may be
 *       anywhere (Spring Security saving a signed-out visitor's request, the locale interceptor, a
 *       controller), so this filter reads the parameters first, right after the character
 *       encoding is set;</li>
 *   <li>one with an indexed parameter name ({@code billIds[255]=1}, {@code buildingIds[-1]}): no
 *       form sends one (lists are repeated names), and the binder would grow a list to the index or
 *       fail on it.</li>
 * </ul>
 * The error page that follows is rendered for a request without parameters, since reading them
 * would fail again.
 */
@Configuration(proxyBeanMethods = false)
class RequestParameters {

  private static final Logger log = LoggerFactory.getLogger(RequestParameters.class);

  @Bean
  FilterRegistrationBean<Check> requestParametersFilter() {
    FilterRegistrationBean<Check> registration = new FilterRegistrationBean<>(new Check());
    // after Boot's CharacterEncodingFilter (HIGHEST_PRECEDENCE), which must come before any read
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
    return registration;
  }

  static final class Check extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (acceptable(request)) {
        chain.doFilter(request, response);
        return;
      }
      if (request.getDispatcherType() == DispatcherType.ERROR) {
        chain.doFilter(new WithoutParameters(request), response);
        return;
      }
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    private static boolean acceptable(HttpServletRequest request) {
      Map<String, String[]> parameters;
      try {
        parameters = request.getParameterMap();
      } catch (IllegalStateException | IllegalArgumentException e) {
        // Tomcat's InvalidParameterException is an IllegalStateException
        log.debug("Refused a request whose parameters can't be read: {} {}: {}", request.getMethod(),
            request.getRequestURI(), e.getMessage());
        return false;
      }
      for (String name : parameters.keySet()) {
        if (name.indexOf('[') >= 0 || name.indexOf(']') >= 0) {
          log.debug("Refused a request with an indexed parameter: {} {}", request.getMethod(), request.getRequestURI());
          return false;
        }
      }
      return true;
    }
  }

  /** The request as the error page sees it: no parameters at all. */
  static final class WithoutParameters extends HttpServletRequestWrapper {

    WithoutParameters(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }

    @Override
    public String getQueryString() {
      return null;
    }
  }
}
