package com.collection.web.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code /error} is where the server renders an error that happened elsewhere. Asked for directly
 * it has no error to show, and Spring's page would call that a 500: it is a page that does not
 * exist.
 */
@Configuration(proxyBeanMethods = false)
class DirectErrorRequests implements WebMvcConfigurer {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new HandlerInterceptor() {
      @Override
      public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
          throws IOException {
        if (request.getDispatcherType() == DispatcherType.REQUEST) {
          response.sendError(HttpServletResponse.SC_NOT_FOUND);
          return false;
        }
        return true;
      }
    }).addPathPatterns("/error");
  }
}
