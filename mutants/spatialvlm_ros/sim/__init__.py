"""pybullet ground truth: random tabletop scenes (:mod:`.tabletop`), their true boxes and
scene graphs (:mod:`.truth`), the noise model (:mod:`.noise`) and the persistent simulated
robot (:mod:`.world`). Modules import pybullet lazily where they can; :mod:`.truth` and
:mod:`.noise` need none."""
