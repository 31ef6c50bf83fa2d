using Lupus.Persistence.Entities;

namespace Lupus.Interchange.Fhir;

/// <summary>The codes of each enum-valued field (docs/fhir.md lists them).</summary>
internal static class FhirCodes
{
    public static readonly CodeMap<ClassificationCriteria> Criteria = new(
        (ClassificationCriteria.Acr1997, "acr-1997"),
        (ClassificationCriteria.Slicc2012, "slicc-2012"),
        (ClassificationCriteria.EularAcr2019, "eular-acr-2019"));

    public static readonly CodeMap<NephritisClass> Nephritis = new(
        (NephritisClass.None, "none"), (NephritisClass.I, "I"), (NephritisClass.II, "II"), (NephritisClass.III, "III"),
        (NephritisClass.IV, "IV"), (NephritisClass.V, "V"), (NephritisClass.VI, "VI"));

    public static readonly CodeMap<MscSource> Source = new(
        (MscSource.BoneMarrow, "bone-marrow"), (MscSource.UmbilicalCord, "umbilical-cord"), (MscSource.Adipose, "adipose"),
        (MscSource.Other, "other"));

    public static readonly CodeMap<DonorType> Donor = new((DonorType.Allogeneic, "allogeneic"), (DonorType.Autologous, "autologous"));

    public static readonly CodeMap<InfusionRoute> Route = new(
        (InfusionRoute.Intravenous, "intravenous"), (InfusionRoute.IntraArterial, "intra-arterial"), (InfusionRoute.Other, "other"));

    public static readonly CodeMap<InfusionRelation> Relation = new(
        (InfusionRelation.Unrelated, "unrelated"), (InfusionRelation.Unlikely, "unlikely"), (InfusionRelation.Possible, "possible"),
        (InfusionRelation.Probable, "probable"), (InfusionRelation.Definite, "definite"));
}
