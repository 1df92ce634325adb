package com.collection.core.estate;

import java.util.List;
import java.util.Optional;

/** Port: the communities the company manages. */
public interface Communities {

  Community save(Community community);

  Optional<Community> byId(long id);

  boolean codeTaken(String code, Long exceptId);

  List<Community> all();

  long count();
}
