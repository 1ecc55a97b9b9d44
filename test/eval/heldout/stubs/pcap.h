/* Held-out stub of libpcap (the-tcpdump-group/libpcap pcap/pcap.h), declarations only. */
#pragma GCC system_header
#ifndef HELDOUT_PCAP_H
#define HELDOUT_PCAP_H
#include <sys/time.h>
typedef unsigned char u_char;
typedef unsigned int bpf_u_int32;
typedef struct pcap pcap_t;
struct pcap_pkthdr { struct timeval ts; bpf_u_int32 caplen; bpf_u_int32 len; };
typedef void (*pcap_handler)(u_char *, const struct pcap_pkthdr *, const u_char *);
#define PCAP_ERRBUF_SIZE 256
#ifdef __cplusplus
extern "C" {
#endif
pcap_t *pcap_open_live(const char *device, int snaplen, int promisc, int to_ms, char *errbuf);
int pcap_loop(pcap_t *p, int cnt, pcap_handler callback, u_char *user);
void pcap_close(pcap_t *p);
#ifdef __cplusplus
}
#endif
#endif
