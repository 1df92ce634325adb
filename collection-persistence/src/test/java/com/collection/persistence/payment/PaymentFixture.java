package com.collection.persistence.payment;

import com.collection.core.payment.PaymentMethod;
import com.collection.core.payment.RecordPaymentCommand;
import com.collection.core.shared.Viewer;
import com.collection.core.staff.ManageStaff;
import com.collection.core.staff.Role;
import com.collection.core.staff.StaffMember;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ApplicationContext;

/** A collector (a manager, so the fixture's buildings are visible) and payment commands. */
final class PaymentFixture {

  final StaffMember collector;

  PaymentFixture(ApplicationContext context) {
    collector = context.getBean(ManageStaff.class).create("collector" + ThreadLocalRandom.current().nextInt(1_000_000_000),
        "收费员", Role.MANAGER, "collector-pass");
  }

  Viewer viewer() {
    return Viewer.everything(collector.id());
  }

  RecordPaymentCommand cash(long unitId, String amount, LocalDate receivedOn) {
    return new RecordPaymentCommand(unitId, new BigDecimal(amount), PaymentMethod.CASH, "业主", null, receivedOn,
        List.of(), UUID.randomUUID().toString(), viewer());
  }

  RecordPaymentCommand with(long unitId, String amount, LocalDate receivedOn, PaymentMethod method,
      String reference, List<Long> ticked) {
    return new RecordPaymentCommand(unitId, new BigDecimal(amount), method, "业主", reference, receivedOn, ticked,
        UUID.randomUUID().toString(), viewer());
  }
}
