package com.collection.web.security;

import com.collection.core.staff.StaffMember;
import com.collection.core.staff.StaffMembers;
import com.collection.core.staff.ThrottleSignIns;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Staff pages need a sign-in; admin pages the ADMIN role. CSRF is on (Spring Security's default).
 * Sign-ins are throttled per username and per address in the database; a one-time password must be
 * changed first; every request works with the account as the staff table has it now.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfig {

  static final String CHANGE_PASSWORD = "/account/password";
  /** Request attribute: the id of the sign-in attempt being checked. */
  private static final String ATTEMPT = SecurityConfig.class.getName() + ".attempt";

  /**
   * Scripts and styles only from files of this application (no inline script, no inline style),
   * images also as data: URIs (Bootstrap's icons), no plugins, no framing, forms post here only.
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
      + "form-action 'self'; frame-ancestors 'none'";
  static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

  @Bean
  PasswordEncoder passwordEncoder() {
    return BCryptPasswordHasher.bcrypt();
  }

  @Bean
  SecurityFilterChain staffPages(HttpSecurity http, ThrottleSignIns throttle, StaffMembers staff) throws Exception {
    RedirectStrategy redirects = new SameOriginRedirects();
    SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler() {
      @Override
      public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
          Authentication authentication) throws ServletException, IOException {
        if (request.getAttribute(ATTEMPT) instanceof Long attempt) {
          throttle.succeeded(attempt, authentication.getName());
        }
        super.onAuthenticationSuccess(request, response, authentication);
      }
    };
    // the page asked for before the sign-in was saved as an absolute URL, built from the Host header
    success.setRedirectStrategy(redirects);
    AuthenticationFailureHandler failure = (request, response, exception) ->
        redirects.sendRedirect(request, response, "/login?error");
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
            .requestMatchers("/audit", "/audit.csv").hasAnyRole("MANAGER", "ADMIN")
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").successHandler(success).failureHandler(failure).permitAll())
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
        .exceptionHandling(errors -> errors.accessDeniedPage("/denied"))
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
            .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)))
        // before anything reads the principal: the role the URL rules check is the one in the table now
        .addFilterAfter(new FreshAccountFilter(staff, redirects), SecurityContextHolderFilter.class)
        .addFilterBefore(new ThrottleFilter(throttle, redirects), UsernamePasswordAuthenticationFilter.class)
        .addFilterAfter(new OneTimePasswordFilter(), ExceptionTranslationFilter.class);
    return http.build();
  }

  /** The request's path inside the application (the servlet path is empty under MockMvc). */
  static String pathOf(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  /**
   * Counts a sign-in attempt before its password is checked, and refuses it while its username or
   * address is throttled. A username that can't be one is refused first, with the usual answer, and
   * is neither counted nor looked up.
   */
  private static final class ThrottleFilter extends OncePerRequestFilter {

    private final ThrottleSignIns throttle;
    private final RedirectStrategy redirects;

    ThrottleFilter(ThrottleSignIns throttle, RedirectStrategy redirects) {
      this.throttle = throttle;
      this.redirects = redirects;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
        FilterChain chain) throws ServletException, IOException {
      if ("POST".equals(request.getMethod()) && "/login".equals(pathOf(request))) {
        Optional<String> username = StaffMember.signInName(request.getParameter("username"));
        if (username.isEmpty()) {
          redirects.sendRedirect(request, response, "/login?error");
          return;
        }
        Optional<Long> attempt = throttle.admit(username.get(), request.getRemoteAddr());
        if (attempt.isEmpty()) {
          redirects.sendRedirect(request, response, "/login?throttled");
          return;
        }
        request.setAttribute(ATTEMPT, attempt.get());
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
          && !FreshAccountFilter.isStatic(path) && !path.equals("/error")) {
        response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD);
        return;
      }
      chain.doFilter(request, response);
    }
  }
}
