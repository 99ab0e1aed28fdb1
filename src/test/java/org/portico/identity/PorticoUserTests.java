package org.portico.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import org.junit.jupiter.api.Test;

class PorticoUserTests {

    @Test
    void survivesJavaSerializationAsTheDatabaseSessionDoes() throws Exception {
        PorticoUser user = new PorticoUser(7, "li.wei@example.com", "Li Wei", Role.CUSTOMER, 3L,
                "zh-CN", "{bcrypt}hash").withoutCredentials();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(user);
        }
        try (ObjectInputStream in =
                new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(user);
        }
    }

    @Test
    void keepsNoPasswordHashInTheSession() {
        PorticoUser user = new PorticoUser(8, "sam@example.com", "Sam Hill", Role.AGENT, null,
                "en", "{bcrypt}hash");

        assertThat(user.withoutCredentials().getPassword()).isNull();
        assertThat(user.withoutCredentials().firstName()).isEqualTo("Sam");
    }
}
