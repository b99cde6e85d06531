/// A question about a loaded graph under a filter. Each kind of question lives in an
/// extension of its own: `paths` (Query+Paths.swift), `neighborhood`, `between`, `card`
/// and `ranking`. Cheap to make: the filter is compiled per question.
public struct Query {
    let session: QuerySession
    let filter: EdgeFilter

    public init(_ session: QuerySession, filter: EdgeFilter = EdgeFilter()) {
        self.session = session
        self.filter = filter
    }
}
