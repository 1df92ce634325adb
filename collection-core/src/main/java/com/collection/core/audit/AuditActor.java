package com.collection.core.audit;

import java.util.Optional;

/**
 * Port: who is acting on this thread, and from which address: the signed-in staff member of the
 * web request (the web module implements it). Empty outside a request (jobs, the demo generator):
 * the entry then names the actor the use case gives, or the system.
 */
public interface AuditActor {

  Optional<Long> staffId();

  /** The client's address, or null outside a request. */
  String address();
}
