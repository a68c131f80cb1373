import Cite from '../components/Cite.astro';
import Term from '../components/Term.astro';
import Callout from '../components/Callout.astro';
import TryTool from '../components/TryTool.astro';
import KmModelFigure from '../components/figures/KmModelFigure.astro';
import AxesMatrixFigure from '../components/figures/AxesMatrixFigure.astro';
import ParticipationLadderFigure from '../components/figures/ParticipationLadderFigure.astro';
import TimingLineFigure from '../components/figures/TimingLineFigure.astro';
import ProfileMapFigure from '../components/figures/ProfileMapFigure.astro';
import ControlLeversFigure from '../components/figures/ControlLeversFigure.astro';

/** Components available to every chapter without an import line. */
export const mdxComponents = {
  Cite,
  Term,
  Callout,
  TryTool,
  KmModelFigure,
  AxesMatrixFigure,
  ParticipationLadderFigure,
  TimingLineFigure,
  ProfileMapFigure,
  ControlLeversFigure,
};
