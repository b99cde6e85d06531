#ifndef PARLEY_CGRAPHVIZ_SHIM_H
#define PARLEY_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* Swift 6 rejects mutable C globals; these accessors hand out copies. */
static inline Agdesc_t parley_directed(void) { return Agdirected; }
static inline Agdesc_t parley_undirected(void) { return Agundirected; }
static inline Agdesc_t parley_strict_directed(void) { return Agstrictdirected; }

/* agtail and aghead are macros, which Swift cannot call. */
static inline Agnode_t *parley_tail(Agedge_t *e) { return agtail(e); }
static inline Agnode_t *parley_head(Agedge_t *e) { return aghead(e); }

/* Bytes in use on the malloc heap, for the leak check of repeated renders (make leaks). */
#include <malloc.h>
static inline size_t parley_heap_in_use(void) { return mallinfo2().uordblks; }

#endif
