package com.collection.web.audit;

import com.collection.core.audit.AuditActor;
import com.collection.web.security.CurrentUser;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log's actor in the web application: the staff member signed in on this request, from
 * the client address the request came from (behind a proxy, the forwarded one: see the README's
 * configuration). Outside a request (startup, jobs) there is none.
 */
@Component
class RequestAuditActor implements AuditActor {

  @Override
  public Optional<Long> staffId() {
    return CurrentUser.signedIn().map(CurrentUser::staffId);
  }

  @Override
  public String address() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
      return servlet.getRequest().getRemoteAddr();
    }
    return null;
  }
}
