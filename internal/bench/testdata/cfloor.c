// cfloor is the HTTP floor without Go on the server side: a canned-answer HTTP/1.1 server,
// one thread per connection as PostgreSQL has one process per connection. It shows how much
// of a question's p99 over loopback the client and the machine set, whatever the server
// (BENCHMARKS.md, session 9). It is not part of Entente and no test builds it:
//
//	gcc -O2 -D_GNU_SOURCE -o /tmp/cfloor internal/bench/testdata/cfloor.c -lpthread
//	/tmp/cfloor 8097 &
//	/tmp/peerbench gql -dir /tmp/g1 -url http://127.0.0.1:8097/graphql -c 4 -d 5s -q q3
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <pthread.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <sys/socket.h>
static const char body[] = "{\"data\":{\"actor\":{\"name\":\"Actor Person 46\"}}}";
static char resp[512];
static int resplen;
static void *serve(void *arg) {
	int fd = (int)(long)arg, one = 1;
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
	char buf[65536];
	int have = 0;
	for (;;) {
		char *hdr_end;
		while (!(hdr_end = memmem(buf, have, "\r\n\r\n", 4))) {
			int n = read(fd, buf + have, sizeof buf - have);
			if (n <= 0) { close(fd); return NULL; }
			have += n;
		}
		int hl = hdr_end + 4 - buf, cl = 0;
		char *p = strcasestr(buf, "content-length:");
		if (p && p < hdr_end) cl = atoi(p + 15);
		while (have < hl + cl) {
			int n = read(fd, buf + have, sizeof buf - have);
			if (n <= 0) { close(fd); return NULL; }
			have += n;
		}
		if (write(fd, resp, resplen) != resplen) { close(fd); return NULL; }
		memmove(buf, buf + hl + cl, have - hl - cl);
		have -= hl + cl;
	}
}
int main(int argc, char **argv) {
	resplen = snprintf(resp, sizeof resp, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %zu\r\n\r\n%s", strlen(body), body);
	int ls = socket(AF_INET, SOCK_STREAM, 0), one = 1;
	setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(atoi(argv[1]))};
	inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
	if (bind(ls, (void *)&a, sizeof a) || listen(ls, 128)) { perror("listen"); return 1; }
	for (;;) {
		int fd = accept(ls, NULL, NULL);
		if (fd < 0) continue;
		pthread_t t;
		pthread_create(&t, NULL, serve, (void *)(long)fd);
		pthread_detach(t);
	}
}
