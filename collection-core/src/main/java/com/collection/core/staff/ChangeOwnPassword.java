package com.collection.core.staff;

import com.collection.core.shared.DomainException;
import com.collection.core.shared.NotFoundException;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in staff member replaces their password (required after a one-time password). */
@Service
public class ChangeOwnPassword {

  private final StaffMembers staff;
  private final PasswordHasher hasher;

  public ChangeOwnPassword(StaffMembers staff, PasswordHasher hasher) {
    this.staff = staff;
    this.hasher = hasher;
  }

  @Transactional
  public StaffMember change(long staffId, String currentPassword, String newPassword,
      String repeated) {
    StaffMember member = staff.byId(staffId).orElseThrow(() -> new NotFoundException("staff", staffId));
    if (!Objects.equals(newPassword, repeated)) {
      throw DomainException.onField("repeatPassword", "staff.password.mismatch");
    }
    return staff.save(member.changePassword(currentPassword, newPassword, hasher));
  }
}
