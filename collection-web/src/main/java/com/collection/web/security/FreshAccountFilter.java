package com.collection.web.security;

import com.collection.core.staff.StaffAccess;
import com.collection.core.staff.StaffMembers;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A change to an account takes effect on the next request of every session it has open, on every
 * instance: each signed-in request reads the account's row (one row by its key) and
 *
 * <ul>
 *   <li>signs the session out and sends it to the sign-in page if the account is gone, disabled, or
 *       its password is no longer the one the session signed in with (an admin reset it, or the
 *       member changed it in another session);</li>
 *   <li>otherwise works, for this request only, with a principal made from the row: its role is
 *       what the URL rules ({@code hasRole}) and the pages check, its name what the pages show.</li>
 * </ul>
 *
 * The session keeps the principal of the sign-in, so nothing is remembered in memory and nothing
 * has to be told to other instances. Building assignments need nothing here: the queries read them
 * from {@code staff_building} on every request ({@code Viewer} carries only the staff id). Static
 * files need no account and are let through without the read.
 */
final class FreshAccountFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(FreshAccountFilter.class);

  private final StaffMembers staff;
  private final RedirectStrategy redirects;

  FreshAccountFilter(StaffMembers staff, RedirectStrategy redirects) {
    this.staff = staff;
    this.redirects = redirects;
  }

  static boolean isStatic(String path) {
    return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
        || path.equals("/favicon.ico");
  }

  /** Error pages show the navigation too: with the account as it is now. */
  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    // asked for on every request: tests may swap the strategy after the filter was made
    SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    Authentication signedIn = contexts.getContext().getAuthentication();
    if (signedIn == null || !(signedIn.getPrincipal() instanceof StaffPrincipal principal)
        || isStatic(SecurityConfig.pathOf(request))) {
      chain.doFilter(request, response);
      return;
    }
    Optional<StaffAccess> now = staff.access(principal.staffId());
    if (now.isEmpty() || !now.get().enabled() || !principal.signedInWith(now.get().passwordHash())) {
      log.info("Signed out a session of staff member {}: the account is gone, disabled or has a new password",
          principal.staffId());
      SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();
      logout.setSecurityContextHolderStrategy(contexts);
      logout.logout(request, response, signedIn);
      redirects.sendRedirect(request, response, "/login?ended");
      return;
    }
    StaffPrincipal fresh = principal.refreshedFrom(now.get());
    UsernamePasswordAuthenticationToken authentication =
        UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
    authentication.setDetails(signedIn.getDetails());
    // a new context, not the session's: the session keeps the principal of the sign-in
    SecurityContext context = contexts.createEmptyContext();
    context.setAuthentication(authentication);
    contexts.setContext(context);
    chain.doFilter(request, response);
  }
}
