/**
 * Shared plumbing used by every module: settings, command-line tools, mail, error handling.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.portico.platform;
