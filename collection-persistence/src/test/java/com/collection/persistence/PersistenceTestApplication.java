package com.collection.persistence;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot configuration the persistence tests start: entities, repositories, adapters. */
@SpringBootApplication
public class PersistenceTestApplication {
}
