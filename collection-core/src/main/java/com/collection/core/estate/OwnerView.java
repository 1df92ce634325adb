package com.collection.core.estate;

import java.util.List;

/** An owner with the units they hold or held (only those the viewer may see). */
public record OwnerView(Owner owner, List<OwnedUnit> units) {
}
