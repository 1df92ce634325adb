package com.collection.persistence.estate;

import com.collection.core.estate.Ownership;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;

@Entity
@Table(name = "ownership")
class OwnershipEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "unit_id", nullable = false)
  long unitId;

  @Column(name = "start_date", nullable = false)
  LocalDate start;

  @Column(name = "end_date")
  LocalDate end;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "ownership_owner", joinColumns = @JoinColumn(name = "ownership_id"))
  @Column(name = "owner_id")
  Set<Long> ownerIds = new LinkedHashSet<>();

  Ownership toDomain() {
    return new Ownership(id, unitId, start, end, new ArrayList<>(ownerIds));
  }

  void copyFrom(Ownership ownership) {
    unitId = ownership.unitId();
    start = ownership.start();
    end = ownership.end();
    ownerIds.retainAll(ownership.ownerIds());
    ownerIds.addAll(ownership.ownerIds());
  }
}
