#!/usr/bin/env python3
"""The networkx side of bench/bench-query.sh: the same graph, the same questions, one JSON line.

Loads the graph JSON into a networkx MultiGraph (edges undirected, as Parley traverses by
default, every edge with all its attributes), then times 1,000 shortest paths, 1,000 two-hop
ego networks and betweenness from k sampled sources on the sample graph.
"""
import json
import resource
import sys
import time

try:
    import networkx as nx
except ImportError:  # installed by the benchmark when missing
    import subprocess
    subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "networkx"])
    import networkx as nx


def load(path):
    with open(path, "rb") as f:
        data = json.load(f)
    g = nx.MultiGraph()
    for node in data["nodes"]:
        g.add_node(node["id"], **{k: v for k, v in node.items() if k != "id"})
    for edge in data["edges"]:
        g.add_edge(edge["source"], edge["target"], **{k: v for k, v in edge.items() if k not in ("source", "target")})
    return g


def questions(path):
    with open(path) as f:
        return [line.split() for line in f if line.strip()]


def main():
    graph_path, paths_path, ego_path, sample_path, samples = sys.argv[1:6]
    # CPU time, as on the Parley side: the machine is shared. The load's wall time is kept too.
    seconds = {}
    wall, start = time.perf_counter(), time.process_time()
    g = load(graph_path)
    seconds["load"] = time.process_time() - start
    seconds["load_wall"] = time.perf_counter() - wall
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024

    hops = 0
    start = time.process_time()
    for words in questions(paths_path):
        try:
            hops += len(nx.shortest_path(g, words[1], words[2])) - 1
        except nx.NetworkXNoPath:
            pass
    seconds["paths"] = time.process_time() - start

    members = 0
    start = time.process_time()
    for words in questions(ego_path):
        members += nx.ego_graph(g, words[1], radius=int(words[3])).number_of_nodes()
    seconds["ego"] = time.process_time() - start

    sample = load(sample_path)
    start = time.process_time()
    scores = nx.betweenness_centrality(sample, k=min(int(samples), sample.number_of_nodes()), seed=1)
    seconds["betweenness"] = time.process_time() - start
    top = max(sorted(scores), key=lambda n: scores[n])

    out = dict(seconds, rss_mb=rss, nodes=g.number_of_nodes(), edges=g.number_of_edges(),
               path_hops=hops, ego_members=members, top=top)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
