package com.collection.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Staff pages need a sign-in; admin pages the ADMIN role. CSRF is on (Spring Security's default).
 * Sign-ins are throttled per username and per address; a one-time password must be changed first.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfig {

  static final String CHANGE_PASSWORD = "/account/password";

  @Bean
  PasswordEncoder passwordEncoder() {
    return BCryptPasswordHasher.bcrypt();
  }

  @Bean
  SecurityFilterChain staffPages(HttpSecurity http, LoginThrottle throttle) throws Exception {
    SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler() {
      @Override
      public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
          Authentication authentication) throws ServletException, IOException {
        throttle.succeeded(authentication.getName());
        super.onAuthenticationSuccess(request, response, authentication);
      }
    };
    AuthenticationFailureHandler failure = (request, response, exception) -> {
      throttle.failed(request.getParameter("username"), request.getRemoteAddr());
      response.sendRedirect(request.getContextPath() + "/login?error");
    };
    http.authorizeHttpRequests(requests -> requests
            .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                "/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers("/actuator/**", "/admin/**").hasRole("ADMIN")
            // posting a late fee is for any staff member who can see the unit (checked by PostLateFee)
            .requestMatchers(HttpMethod.POST, "/bills/*/late-fee").authenticated()
            .requestMatchers("/billing/**", "/bills/**").hasAnyRole("MANAGER", "ADMIN")
            .requestMatchers(HttpMethod.POST, "/payments/*/reverse").hasAnyRole("MANAGER", "ADMIN")
            .requestMatchers("/adjustments", "/adjustments/**").hasAnyRole("MANAGER", "ADMIN")
            .requestMatchers("/cashup/desks", "/cashup/*/confirm", "/receipt-book").hasAnyRole("MANAGER", "ADMIN")
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").successHandler(success).failureHandler(failure).permitAll())
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
        .exceptionHandling(errors -> errors.accessDeniedPage("/denied"))
        .addFilterBefore(new ThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
        .addFilterAfter(new OneTimePasswordFilter(), org.springframework.security.web.access.ExceptionTranslationFilter.class);
    return http.build();
  }

  /** The request's path inside the application (the servlet path is empty under MockMvc). */
  private static String pathOf(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  /** Refuses a sign-in attempt while its username or address is throttled. */
  private static final class ThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    ThrottleFilter(LoginThrottle throttle) {
      this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
        FilterChain chain) throws ServletException, IOException {
      if ("POST".equals(request.getMethod()) && "/login".equals(pathOf(request))
          && throttle.blocked(request.getParameter("username"), request.getRemoteAddr())) {
        response.sendRedirect(request.getContextPath() + "/login?throttled");
        return;
      }
      chain.doFilter(request, response);
    }
  }

  /** Sends someone who signed in with a one-time password to the change-password form. */
  private static final class OneTimePasswordFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
        FilterChain chain) throws ServletException, IOException {
      Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
      String path = pathOf(request);
      if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff
          && staff.mustChangePassword() && !path.equals(CHANGE_PASSWORD) && !path.equals("/logout")
          && !path.startsWith("/webjars/") && !path.startsWith("/css/") && !path.equals("/error")) {
        response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD);
        return;
      }
      chain.doFilter(request, response);
    }
  }
}
