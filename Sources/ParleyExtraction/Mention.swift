import ParleyGraph

/// Something a sentence names: an actor, a title, an agreement, a date.
struct Mention: Sendable {
    enum Kind: Sendable, Equatable {
        /// A state or organisation by name or seat of government.
        case actor(LexiconEntry)
        /// A demonym ("Kenyan"): names a state only with a head like "delegation".
        case demonym(LexiconEntry)
        /// An office of an organisation ("UN Secretary-General").
        case office(LexiconEntry)
        /// A person title ("Foreign Minister").
        case title
        /// A person, by index in the document's person registry.
        case person(Int)
        /// An agreement, by index in the document's agreement registry.
        case agreement(Int)
        /// "the two leaders", "both sides": a group standing for earlier actors.
        case group(plural: NodeKind?, size: Int)
        case date
    }

    var kind: Kind
    var tokens: Range<Int>
    /// A state or organisation used as a place ("talks in Moscow"), not as an actor.
    var isPlace = false
}
