// Nothing to find here.
const char *serviceVersion() { return "1.0"; }
