package com.collection;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Collection: property-fee collection for property-management companies. Lives in the root package
 * so that component, entity and repository scanning cover core, persistence and web.
 */
@SpringBootApplication
public class CollectionApplication {

  public static void main(String[] args) {
    SpringApplication.run(CollectionApplication.class, args);
  }
}
