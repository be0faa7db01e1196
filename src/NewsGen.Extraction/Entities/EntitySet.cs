using System.Collections.Generic;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Entities;

/// <summary>People, organizations and places found in one article.</summary>
public sealed record EntitySet(
    IReadOnlyList<Person> People,
    IReadOnlyList<Organization> Organizations,
    IReadOnlyList<Place> Places);
