package com.collection.core.estate;

import java.util.List;
import java.util.Optional;

/** Port: the buildings of all communities. */
public interface Buildings {

  Building save(Building building);

  Optional<Building> byId(long id);

  List<Building> ofCommunity(long communityId);

  boolean nameTaken(long communityId, String name, Long exceptId);
}
