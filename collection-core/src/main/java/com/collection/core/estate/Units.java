package com.collection.core.estate;

import java.util.Optional;

/** Port: flats, shops and parking spaces. */
public interface Units {

  Unit save(Unit unit);

  Optional<Unit> byId(long id);

  boolean numberTaken(long buildingId, String number);
}
