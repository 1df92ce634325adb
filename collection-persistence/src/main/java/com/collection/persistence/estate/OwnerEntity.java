package com.collection.persistence.estate;

import com.collection.core.estate.Owner;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "owner")
class OwnerEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(nullable = false, length = 50)
  String name;

  @Column(nullable = false, length = 20)
  String phone;

  @Column(name = "second_phone", length = 20)
  String secondPhone;

  @Column(name = "preferred_contact_times", length = 100)
  String preferredContactTimes;

  @Column(name = "do_not_message", nullable = false)
  boolean doNotMessage;

  @Column(length = 500)
  String notes;

  Owner toDomain() {
    return new Owner(id, name, phone, secondPhone, preferredContactTimes, doNotMessage, notes);
  }

  void copyFrom(Owner owner) {
    name = owner.name();
    phone = owner.phone();
    secondPhone = owner.secondPhone();
    preferredContactTimes = owner.preferredContactTimes();
    doNotMessage = owner.doNotMessage();
    notes = owner.notes();
  }
}
