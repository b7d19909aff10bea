/*
 * The floor of the benchmark: libyaml alone parsing every file to events and
 * discarding them. Nothing that reads the catalog through libyaml can be
 * faster than this on the same files with the same number of threads.
 *
 *   floor [-j N] FILE...      (or  floor [-j N] @LIST, a file of paths, one a line)
 *
 * Each file is read whole into memory (as tthc does) and parsed from there.
 * With -j N, N threads take files in turn. Prints files, bytes and events.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

static char **paths;
static size_t npaths;
static atomic_size_t next_index;
static atomic_ulong total_events, total_bytes;
static atomic_int failures;

static void parse_one(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); atomic_fetch_add(&failures, 1); return; }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *buf = malloc(size > 0 ? (size_t)size : 1);
    if (!buf || fread(buf, 1, (size_t)size, f) != (size_t)size) {
        perror(path); fclose(f); free(buf); atomic_fetch_add(&failures, 1); return;
    }
    fclose(f);

    yaml_parser_t parser;
    yaml_event_t event;
    unsigned long events = 0;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, buf, (size_t)size);
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "%s:%zu:%zu: %s\n", path, parser.problem_mark.line + 1,
                    parser.problem_mark.column + 1, parser.problem ? parser.problem : "error");
            atomic_fetch_add(&failures, 1);
            break;
        }
        events++;
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (done) break;
    }
    yaml_parser_delete(&parser);
    free(buf);
    atomic_fetch_add(&total_events, events);
    atomic_fetch_add(&total_bytes, (unsigned long)size);
}

static void *worker(void *arg) {
    (void)arg;
    for (;;) {
        size_t i = atomic_fetch_add(&next_index, 1);
        if (i >= npaths) return NULL;
        parse_one(paths[i]);
    }
}

static void add_path(char ***list, size_t *n, size_t *cap, const char *p) {
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 1024;
        *list = realloc(*list, *cap * sizeof **list);
        if (!*list) { perror("realloc"); exit(2); }
    }
    (*list)[(*n)++] = strdup(p);
}

int main(int argc, char **argv) {
    int jobs = 1;
    size_t cap = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-j") == 0 && i + 1 < argc) {
            jobs = atoi(argv[++i]);
            if (jobs < 1) jobs = 1;
        } else if (argv[i][0] == '@') {
            FILE *l = fopen(argv[i] + 1, "r");
            if (!l) { perror(argv[i] + 1); return 2; }
            char line[4096];
            while (fgets(line, sizeof line, l)) {
                line[strcspn(line, "\r\n")] = 0;
                if (line[0]) add_path(&paths, &npaths, &cap, line);
            }
            fclose(l);
        } else {
            add_path(&paths, &npaths, &cap, argv[i]);
        }
    }
    if (npaths == 0) { fprintf(stderr, "usage: floor [-j N] FILE... | @LIST\n"); return 2; }

    pthread_t *threads = calloc((size_t)jobs, sizeof *threads);
    for (int t = 1; t < jobs; t++) pthread_create(&threads[t], NULL, worker, NULL);
    worker(NULL);
    for (int t = 1; t < jobs; t++) pthread_join(threads[t], NULL);

    printf("%zu files, %lu bytes, %lu events\n", npaths, (unsigned long)total_bytes,
           (unsigned long)total_events);
    return failures ? 1 : 0;
}
