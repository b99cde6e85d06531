/// What a report covers.
public struct ReportOptions: Sendable {
    /// The page's heading and `<title>`.
    public var title: String
    /// How many actors get a section, highest degree first; nil for every actor.
    public var actorLimit: Int?
    /// Paths to explain, each written `A:B` with names, aliases, surnames or ids.
    public var paths: [String]
    /// How many edges away from the actor an actor's diagram reaches.
    public var hops: Int
    /// Graphs with more nodes than this get an overview of their key actors only: a whole graph
    /// of hundreds of nodes shrunk to a page's width shows nothing.
    public var overviewNodeLimit: Int
    /// How many actors that overview shows, highest degree first.
    public var overviewActors: Int

    public init(title: String = "Parley report", actorLimit: Int? = 20, paths: [String] = [], hops: Int = 1,
                overviewNodeLimit: Int = 120, overviewActors: Int = 30) {
        self.title = title
        self.actorLimit = actorLimit
        self.paths = paths
        self.hops = hops
        self.overviewNodeLimit = overviewNodeLimit
        self.overviewActors = overviewActors
    }
}
