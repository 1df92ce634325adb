package com.collection.core.estate;

import java.util.List;
import java.util.Optional;

/** Port: owners and who owned which unit when. */
public interface Owners {

  Owner save(Owner owner);

  Optional<Owner> byId(long id);

  List<Owner> byIds(List<Long> ids);

  Ownership saveOwnership(Ownership ownership);

  List<Ownership> ownershipsOfUnit(long unitId);
}
